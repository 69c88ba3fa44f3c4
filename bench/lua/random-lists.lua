-- Random list pages at random depths: every list, entered at a random position by its cursor.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) common.seed(id) end
function request()
  local pick = math.random(1, 9)
  local path
  if pick == 1 then path = "/claims?sort=date&after=" .. common.date() .. "~" .. common.claimId()
  elseif pick == 2 then path = "/claims?sort=newest&after=" .. common.claimId()
  elseif pick == 3 then path = "/stories/synthetic-story-0?after=" .. common.claimId()
  elseif pick == 4 then path = "/stories/synthetic-story-" .. math.random(0, common.stories - 1)
  elseif pick == 5 then path = "/sources?after=" .. common.date() .. "~" .. (common.source0 + math.random(0, common.sources - 1))
  elseif pick == 6 then path = "/timeline?year=" .. (1995 + math.random(0, 30))
  elseif pick == 7 then path = "/timeline?story=synthetic-story-" .. math.random(0, 20) .. "&year=" .. (1995 + math.random(0, 30))
  elseif pick == 8 then path = "/api/claims?sort=newest&after=" .. common.claimId()
  else path = "/claims/synthetic-claim-" .. math.random(0, 9) .. "/attributions?group=asserts&after=" .. math.random(1, 300000)
  end
  return wrk.format(nil, path)
end
