-- wrk script: GET /api/v2/users/{id} over the ids in ids.txt (one per line), with a bearer token from token.txt.
-- Usage: IDS=/tmp/ids.txt TOKEN_FILE=/tmp/token wrk -t2 -c64 -d15s -s emulator/bench/users-by-id.lua http://127.0.0.1:18081
local ids = {}
for line in io.lines(os.getenv("IDS") or "ids.txt") do ids[#ids + 1] = line end
local token = io.open(os.getenv("TOKEN_FILE") or "token.txt"):read("*l")
local i = 0
request = function()
  i = i % #ids + 1
  return wrk.format("GET", "/api/v2/users/" .. ids[i], { ["Authorization"] = "Bearer " .. token })
end
