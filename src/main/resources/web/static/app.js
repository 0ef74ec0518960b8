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
  }
  form.addEventListener('input', function (e) {
    if (e.target.matches('input[data-amount]') && e.target.value.trim() !== '') {
      var tick = lineTicked(e.target);
      if (tick) tick.checked = true;
    }
    totals();
  });
  form.addEventListener('change', totals);
  form.addEventListener('focusout', function (e) {
    if (e.target.matches('input[data-amount]')) {
      var n = parse(e.target.value);
      if (n > 0 && isFinite(n)) e.target.value = format(n);
    }
  });
  form.addEventListener('submit', function (e) {
    var button = form.querySelector('button[type=submit]');
    if (form.getAttribute('data-sent')) { e.preventDefault(); return; }
    form.setAttribute('data-sent', 'true');
    button.setAttribute('aria-disabled', 'true');
    button.textContent = button.getAttribute('data-saving');
  });
  totals();
})();
