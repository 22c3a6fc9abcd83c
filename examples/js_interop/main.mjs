// examples/js_interop: Node driving an Erlang gen_server through erlts's JS API, and
// Erlang calling back into JavaScript. Run from the repository root after
// `npm run build`:  node examples/js_interop/main.mjs
import { Runtime, ErlangException, atom, binary, tuple, toJS, show } from 'erlts';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Prices live on the JS side; Erlang awaits them (inventory:price/1).
const prices = { apple: 45, pear: 60 };
globalThis.lookupPrice = (item) =>
  new Promise((resolve, reject) =>
    setTimeout(() => (item in prices ? resolve(prices[item]) : reject(new Error(`no price for ${item}`))), 10),
  );

const rt = await Runtime.start({ searchPath: [here] });

// A JS mailbox: Erlang code sends to the registered name js_alerts.
rt.register('js_alerts', (msg) => console.log('alert from Erlang:', show(msg)));

await rt.call('inventory', 'start', [atom('js_alerts')]);
const server = atom('inventory');
const call = (request) => rt.genServerCall(server, request);

console.log('apples:', await call(tuple(atom('add'), binary('apple'), 5)));
console.log('pears:', await call(tuple(atom('add'), binary('pear'), 2)));
console.log('take 3 apples:', show(await call(tuple(atom('take'), binary('apple'), 3))));
console.log('take 9 pears:', show(await call(tuple(atom('take'), binary('pear'), 9))));
console.log('stock as JS:', toJS(await call(atom('stock'))));

// Two price lookups at once: each waits in its own process.
const quotes = await Promise.all(['apple', 'pear'].map((i) => rt.call('inventory', 'price', [binary(i)])));
console.log('prices:', quotes.map(show).join(' '));

try {
  await rt.call('inventory', 'price', [binary('kiwi')]);
} catch (e) {
  if (!(e instanceof ErlangException)) throw e;
  console.log(`kiwi: ${e.class} ${show(e.reason)}`);
}

await rt.stop();
