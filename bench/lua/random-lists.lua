-- Random list pages at random depths: every list, entered at a random position by its cursor.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) common.seed(id) end
function request()
  return wrk.format(nil, common.lists[math.random(1, #common.lists)].deep())
end
