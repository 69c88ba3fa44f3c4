-- Shared by the benchmark's wrk scripts: random numbers per thread and the scale of the data,
-- from the environment bench/run.sh sets (SYNTHETIC_CLAIMS, ACTORS, STORIES, SOURCE0, SOURCES, CLAIM0).
local common = {}

function common.env(name, default)
  return tonumber(os.getenv(name) or "") or default
end

common.claims = common.env("SYNTHETIC_CLAIMS", 100000)
common.actors = common.env("ACTORS", 5000)
common.stories = common.env("STORIES", 500)
common.claim0 = common.env("CLAIM0", 1)
common.source0 = common.env("SOURCE0", 1)
common.sources = common.env("SOURCES", 20000)

-- Words of the generator's vocabulary (ScaleData.VOCABULARY), most common first.
common.words = {"minister", "government", "report", "sanctions", "officials", "company", "contract", "president",
  "talks", "deal", "security", "election", "court", "border", "energy", "military", "payment", "investigation",
  "spokesman", "documents", "meeting", "agency", "budget", "satellite", "network", "bank", "embassy", "prosecutor"}

function common.seed(thread)
  math.randomseed(os.time() + (thread or 0) * 7919 + math.floor(os.clock() * 1000000))
end

function common.date()
  return string.format("%04d-%02d-%02d", 1995 + math.random(0, 30), math.random(1, 12), math.random(1, 28))
end

function common.claimId()
  return common.claim0 + math.random(0, common.claims - 1)
end

-- Every list, as a first page and at a random position through its cursor; the first page gets a
-- parameter the reader cache has not seen, so both are rendered. One list at a time measures what a random keyset position costs against
-- the first page (bench/lua/one-list.lua); all of them mixed is the random-lists workload.
local function fresh() return math.random(1, 1000000000) end
common.lists = {
  {name = "/claims by date",
   first = function() return "/claims?sort=date&r=" .. fresh() end,
   deep = function() return "/claims?sort=date&after=" .. common.date() .. "~" .. common.claimId() end},
  {name = "/claims newest first",
   first = function() return "/claims?sort=newest&r=" .. fresh() end,
   deep = function() return "/claims?sort=newest&after=" .. common.claimId() end},
  {name = "/stories/ the biggest story",
   first = function() return "/stories/synthetic-story-0?r=" .. fresh() end,
   deep = function() return "/stories/synthetic-story-0?after=" .. common.claimId() end},
  {name = "/stories/ another story",
   first = function() return "/stories/synthetic-story-" .. math.random(1, common.stories - 1) .. "?r=" .. fresh() end,
   deep = function() return "/stories/synthetic-story-" .. math.random(1, common.stories - 1) .. "?after=" .. common.claimId() end},
  {name = "/sources",
   first = function() return "/sources?r=" .. fresh() end,
   deep = function() return "/sources?after=" .. common.date() .. "~" .. (common.source0 + math.random(0, common.sources - 1)) end},
  {name = "/timeline",
   first = function() return "/timeline?r=" .. fresh() end,
   deep = function() local d = common.date(); return "/timeline?after=" .. d .. "~" .. d .. "~0~" .. common.claimId() .. "~0" end},
  {name = "/timeline of a story",
   first = function() return "/timeline?story=synthetic-story-" .. math.random(0, 20) .. "&r=" .. fresh() end,
   deep = function() return "/timeline?story=synthetic-story-" .. math.random(0, 20) .. "&year=" .. (1995 + math.random(0, 30)) end},
  {name = "/api/claims newest first",
   -- The API refuses parameters it does not know, and a few page sizes are soon all cached: its
   -- first page is asked for from past the newest claim, a cursor no one has used before.
   first = function() return "/api/claims?sort=newest&after=" .. (common.claim0 + common.claims + fresh()) end,
   deep = function() return "/api/claims?sort=newest&after=" .. common.claimId() end},
  {name = "a hot claim's attributions",
   first = function() return "/claims/synthetic-claim-" .. math.random(0, 9) .. "/attributions?group=asserts&r=" .. fresh() end,
   deep = function() return "/claims/synthetic-claim-" .. math.random(0, 9) .. "/attributions?group=asserts&after=" .. math.random(1, 300000) end},
}

return common
