-- One list (LIST, its number in common.lists) as a first page (AT=first) or entered at a random
-- position by its cursor (AT=deep): whether a random keyset position costs what the first page costs.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local list = common.lists[common.env("LIST", 1)]
local deep = os.getenv("AT") ~= "first"
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) common.seed(id) end
function request()
  return wrk.format(nil, deep and list.deep() or list.first())
end
