-- The desk's forms at scale, signed in: the attribution form of a random claim and the new claim
-- form, shown as they open, and sent to find what a random prefix matches (a source and a speaker;
-- a subject), which finds and saves nothing. Each request goes as one of the editors bench/run.sh
-- signed in (SESSIONS_FILE: a line "cookie-header<TAB>csrf-token" each), picked at random, as a desk
-- of editors works: one session shared by every connection would queue on its own row.
package.path = package.path .. ";bench/lua/?.lua"
local common = require("common")
local counter = 0
-- Words the generator names sources and actors with (ScaleData's TOPICS, FIRST and LAST), and the seed's.
local words = {"elections", "energy", "defence", "space", "telecoms", "health", "courts", "sanctions", "migration",
  "finance", "climate", "cyber", "media", "Anna", "Boris", "Chen", "Dana", "Emre", "Fatima", "Georg", "Hana", "Ivan",
  "Julia", "Adler", "Brandt", "Costa", "Dimitrov", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Kremlin",
  "Musk", "Putin", "Wall Street", "report", "synthetic"}
local sessions = {}
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args)
  common.seed(id)
  for line in io.lines(os.getenv("SESSIONS_FILE")) do
    local cookie, csrf = line:match("^(.-)\t(.+)$")
    sessions[#sessions + 1] = {cookie = cookie, csrf = csrf}
  end
end

local function prefix()
  local word = words[math.random(1, #words)]
  return (string.lower(string.sub(word, 1, math.random(3, math.min(6, #word)))):gsub(" ", "+"))
end

function request()
  local session = sessions[math.random(1, #sessions)]
  local headers = {["Cookie"] = session.cookie}
  local claim = "/claims/synthetic-claim-" .. math.random(0, common.claims - 1)
  local kind = tonumber(os.getenv("FORM_KIND") or "") or math.random(1, 4)
  if kind == 1 then
    return wrk.format("GET", claim .. "/attributions/new", headers)
  elseif kind == 2 then
    return wrk.format("GET", "/claims/new", headers)
  end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  if kind == 3 then
    return wrk.format("POST", claim .. "/attributions/new", headers,
      "_csrf=" .. session.csrf .. "&sourceFind=" .. prefix() .. "&speakerFind=" .. prefix() .. "&quote=Typed+before+finding.")
  end
  return wrk.format("POST", "/claims/new", headers,
    "_csrf=" .. session.csrf .. "&check=dates&statement=A+claim+being+typed&subjects=" .. prefix() .. "&event=late+2023")
end
