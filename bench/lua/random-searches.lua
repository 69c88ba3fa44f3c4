-- Random two-word searches over the newsroom vocabulary, common words included.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) common.seed(id) end
function request()
  local a = common.words[math.random(1, #common.words)]
  local b = common.words[math.random(1, #common.words)]
  return wrk.format(nil, "/claims?q=" .. a .. "%20" .. b)
end
