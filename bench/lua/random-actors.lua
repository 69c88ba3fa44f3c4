-- Random actor pages, one in ten the actor who speaks in a tenth of all attributions.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) common.seed(id) end
function request()
  local n = math.random(1, 10) == 1 and math.random(0, 1) or math.random(0, common.actors - 1)
  return wrk.format(nil, "/actors/synthetic-actor-" .. n)
end
