// The meeting sheet, progressively enhanced: amounts typed as 50000, 50.000 or 50k are shown back grouped,
// a typed amount ticks its line, the totals follow, and the save button is pressed once. Without the script
// the form still posts; the server reads the amounts with the same rules (AmountParser).
(function () {
  var form = document.querySelector('form[data-sheet]');
  if (!form) return;
  var group = form.getAttribute('data-group') || '.';

  function parse(text) {
    var s = (text || '').trim().toLowerCase().replace(/\s*(đ|₫|vnđ|vnd|d)$/, '').trim();
    if (s === '') return 0;
    if (/^\d+$/.test(s)) return Number(s);
    if (/^\d{1,3}([., \u00a0])\d{3}(\1\d{3})*$/.test(s)) return Number(s.replace(/[., \u00a0]/g, ''));
    var m = s.replace(/ /g, '').match(/^(\d+)(?:[.,](\d+))?(k|nghìn|ngàn|tr|triệu)$/);
    if (m) {
      var n = Number(m[1] + (m[2] ? '.' + m[2] : '')) * (m[3].charAt(0) === 't' ? 1e6 : 1e3);
      return Math.round(n) === n ? n : NaN;
    }
    return NaN;
  }
  function format(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  }
  function lineTicked(input) {
    var box = input.closest('.loan') || input.closest('.member');
    var tick = box.querySelector(input.closest('.loan') ? 'input[data-repay]' : 'input[data-paid]');
    return tick;
  }
  // the cash count: what the box should hold (opening cash and what came in) against what was counted
  function cash(collected) {
    var box = form.querySelector('[data-opening]');
    if (!box) return;
    var opening = Number(box.getAttribute('data-opening'));
    var expected = opening + collected;
    box.querySelector('[data-cash=in]').textContent = format(collected) + ' ₫';
    box.querySelector('[data-cash=expected]').textContent = format(expected) + ' ₫';
    var counted = parse(box.querySelector('[data-counted]').value);
    var out = box.querySelector('[data-cash=difference]');
    if (box.querySelector('[data-counted]').value.trim() === '' || !isFinite(counted)) { out.textContent = '—'; return; }
    var d = counted - expected;
    out.textContent = (d > 0 ? '+' : d < 0 ? '−' : '') + format(Math.abs(d)) + ' ₫';
  }
  function totals() {
    var sum = { fee: 0, contribution: 0, repayment: 0 };
    form.querySelectorAll('input[data-amount]').forEach(function (input) {
      var tick = lineTicked(input);
      var n = parse(input.value);
      if (tick && tick.checked && n > 0) sum[input.getAttribute('data-amount')] += n;
    });
    var all = sum.fee + sum.contribution + sum.repayment;
    Object.keys(sum).forEach(function (k) { form.querySelector('[data-total=' + k + ']').textContent = format(sum[k]) + ' ₫'; });
    form.querySelectorAll('[data-total=all]').forEach(function (e) { e.textContent = format(all) + ' ₫'; });
    cash(sum.fee + sum.contribution + sum.repayment);
  }
  form.addEventListener('input', function (e) {
    if (e.target.matches('input[data-amount]') && e.target.value.trim() !== '' && lineTicked(e.target)) {
      var tick = lineTicked(e.target);
      if (tick) tick.checked = true;
    }
    totals();
  });
  form.addEventListener('change', totals);
  form.addEventListener('focusout', function (e) {
    if (e.target.matches('input[data-amount], input[data-counted]')) {
      var n = parse(e.target.value);
      if (n > 0 && isFinite(n)) e.target.value = format(n);
    }
  });
  form.addEventListener('submit', function (e) {
    var button = form.querySelector('button[type=submit]');
    if (form.getAttribute('data-sent')) { e.preventDefault(); return; }
    form.setAttribute('data-sent', 'true');
    if (!button.getAttribute('data-label')) button.setAttribute('data-label', button.textContent);
    button.setAttribute('aria-disabled', 'true');
    button.textContent = button.getAttribute('data-saving');
  });
  // back to a sheet already sent: show it as the server gave it, not as it was typed, with the button ready again
  // (a second save of the same sheet is answered from its idempotency keys, never posted twice)
  window.addEventListener('pageshow', function (e) {
    var nav = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    if (e.persisted || (nav && nav.type === 'back_forward')) {
      form.reset();
      form.removeAttribute('data-sent');
      var button = form.querySelector('button[type=submit]');
      button.removeAttribute('aria-disabled');
      if (button.getAttribute('data-label')) button.textContent = button.getAttribute('data-label');
      totals();
    }
  });
  totals();
})();
