// examples/js_interop without Node: what main.mjs does, against a bundle made with
// `erlts bundle --api` (which sets globalThis.erlts to the API), printing through
// `print(line)`. index.html runs it in a page; run-bundle.mjs under Node. Both print
// the lines main.mjs prints.
export async function run(erlts, print) {
  const { Runtime, ErlangException, atom, binary, tuple, toJS, show } = erlts;

  // Prices live on the JS side; Erlang awaits them (inventory:price/1).
  const prices = { apple: 45, pear: 60 };
  globalThis.lookupPrice = (item) =>
    new Promise((resolve, reject) =>
      setTimeout(() => (item in prices ? resolve(prices[item]) : reject(new Error(`no price for ${item}`))), 10),
    );

  const rt = await Runtime.start();

  // A JS mailbox: Erlang code sends to the registered name js_alerts.
  rt.register('js_alerts', (msg) => print(`alert from Erlang: ${show(msg)}`));

  await rt.call('inventory', 'start', [atom('js_alerts')]);
  const server = atom('inventory');
  const call = (request) => rt.genServerCall(server, request);

  print(`apples: ${await call(tuple(atom('add'), binary('apple'), 5))}`);
  print(`pears: ${await call(tuple(atom('add'), binary('pear'), 2))}`);
  print(`take 3 apples: ${show(await call(tuple(atom('take'), binary('apple'), 3)))}`);
  print(`take 9 pears: ${show(await call(tuple(atom('take'), binary('pear'), 9)))}`);
  print(`stock as JS: ${inspect(toJS(await call(atom('stock'))))}`);

  // Two price lookups at once: each waits in its own process.
  const quotes = await Promise.all(['apple', 'pear'].map((i) => rt.call('inventory', 'price', [binary(i)])));
  print(`prices: ${quotes.map(show).join(' ')}`);

  try {
    await rt.call('inventory', 'price', [binary('kiwi')]);
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    print(`kiwi: ${e.class} ${show(e.reason)}`);
  }

  await rt.stop();
}

/** A plain object of numbers and strings as Node's console.log shows it. */
function inspect(o) {
  const entries = Object.entries(o).map(([k, v]) => `${k}: ${typeof v === 'string' ? `'${v}'` : String(v)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}
