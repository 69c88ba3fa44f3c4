-- The desk's forms at scale, signed in (COOKIE and CSRF from bench/run.sh's sign-in): the attribution
-- form of a random claim and the new claim form, shown as they open, and sent to find what a random
-- prefix matches (a source and a speaker; a subject), which finds and saves nothing.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local counter = 0
local cookie = os.getenv("COOKIE") or ""
local csrf = os.getenv("CSRF") or ""
-- Words the generator names sources and actors with (ScaleData's TOPICS, FIRST and LAST), and the seed's.
local words = {"elections", "energy", "defence", "space", "telecoms", "health", "courts", "sanctions", "migration",
  "finance", "climate", "cyber", "media", "Anna", "Boris", "Chen", "Dana", "Emre", "Fatima", "Georg", "Hana", "Ivan",
  "Julia", "Adler", "Brandt", "Costa", "Dimitrov", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Kremlin",
  "Musk", "Putin", "Wall Street", "report", "synthetic"}
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) common.seed(id) end

local function prefix()
  local word = words[math.random(1, #words)]
  return string.lower(string.sub(word, 1, math.random(3, math.min(6, #word)))):gsub(" ", "+")
end

function request()
  local headers = {["Cookie"] = cookie}
  local claim = "/claims/synthetic-claim-" .. math.random(0, common.claims - 1)
  local kind = math.random(1, 4)
  if kind == 1 then
    return wrk.format("GET", claim .. "/attributions/new", headers)
  elseif kind == 2 then
    return wrk.format("GET", "/claims/new", headers)
  end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  if kind == 3 then
    return wrk.format("POST", claim .. "/attributions/new", headers,
      "_csrf=" .. csrf .. "&sourceFind=" .. prefix() .. "&speakerFind=" .. prefix() .. "&quote=Typed+before+finding.")
  end
  return wrk.format("POST", "/claims/new", headers,
    "_csrf=" .. csrf .. "&check=dates&statement=A+claim+being+typed&subjects=" .. prefix() .. "&event=late+2023")
end
