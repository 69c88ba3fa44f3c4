-- Random claim pages: one of the 100,000, now and then one with thousands of attributions.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) common.seed(id) end
function request()
  local n = math.random(1, 50) == 1 and math.random(0, 9) or math.random(0, common.claims - 1)
  return wrk.format(nil, "/claims/synthetic-claim-" .. n)
end
