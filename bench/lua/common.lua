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

return common
