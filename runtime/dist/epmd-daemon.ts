// Our EPMD as a process of its own, as erl starts `epmd -daemon`: a node that finds no
// EPMD starts this detached (runtime/dist/node.ts), so that the names of the other
// nodes on the machine stay when that node ends. Usage: node epmd-daemon.js PORT.
//
// OTP's epmd runs until `epmd -kill`; this one stops by itself once no node has been
// registered for ERLTS_EPMD_IDLE seconds (default 60), and at once (status 1) when the
// port is taken, i.e. another EPMD was quicker.
import { EpmdServer } from './epmd.js';

const port = Number(process.argv[2]);
const idleEnv = Number(process.env['ERLTS_EPMD_IDLE']);
const idleMs = (Number.isFinite(idleEnv) && idleEnv > 0 ? idleEnv : 60) * 1000;

const server = Number.isInteger(port) && port > 0 && port < 65536 ? await EpmdServer.start(port) : null;
if (server === null) process.exit(1);
let busy = Date.now();
setInterval(
  () => {
    if (server.registered > 0) busy = Date.now();
    else if (Date.now() - busy >= idleMs) {
      server.close();
      process.exit(0);
    }
  },
  Math.min(1000, idleMs),
);
