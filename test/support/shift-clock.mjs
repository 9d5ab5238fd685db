// Preload (`node --import`) for `npm run test:times`: moves this process's wall clock by
// KONTAKTSPOR_CLOCK_OFFSET_MS so a whole run happens at a chosen time of day. Date and Date.now
// move; time keeps ticking; timers and performance.now are untouched. Every process of a run
// (mocha, its workers, services a test starts) gets the same offset, so they agree on "now".
// Browser pages get the same shift from clockShiftInitScript (test/support/browser.ts).
const offset = Number(process.env.KONTAKTSPOR_CLOCK_OFFSET_MS ?? '');

if (Number.isFinite(offset) && offset !== 0) {
  const RealDate = globalThis.Date;
  const now = () => RealDate.now() + offset;
  // A plain function sharing Date.prototype: dates made before or outside this patch (node
  // internals) still pass `instanceof Date`, and `class X extends Date` keeps working.
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = now;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  Object.defineProperty(ShiftedDate, 'name', { value: 'Date' });
  globalThis.Date = ShiftedDate;
}
