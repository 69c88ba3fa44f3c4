-- The heaviest pages, at random places so no cache can answer them: for the overload run.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) common.seed(id) end
function request()
  local n = math.random(1, 1000000000)
  local pick = math.random(1, 8)
  local path
  if pick == 1 then path = "/claims/synthetic-claim-" .. math.random(0, 9) .. "?visit=" .. n
  elseif pick == 2 then path = "/actors/synthetic-actor-0?visit=" .. n
  elseif pick == 3 then path = "/stories/synthetic-story-0?after=" .. common.claimId()
  elseif pick == 4 then path = "/claims?q=minister%20government&visit=" .. n
  elseif pick == 5 then path = "/timeline?story=synthetic-story-0&year=" .. (1995 + math.random(0, 30))
  elseif pick == 6 then path = "/api/timeline?size=1000&to=" .. (2100 + n % 7000)
  elseif pick == 7 then path = "/actors/synthetic-actor-0/statements?after=" .. math.random(1, 300000)
  else path = "/sources?after=" .. common.date() .. "~" .. n
  end
  return wrk.format(nil, path)
end
