// Draws the charts of the analytics pages with Apache ECharts (served from /lib, copied from npm by the build).
// Each chart is an element with data-chart holding its JSON: kind ("bar": horizontal bars, one per row; "line":
// periods along the x axis), the value axis name, the unit suffix, the categories and the series. The tables next to
// the charts hold the same numbers, so a reader without script or sight loses nothing.
(() => {
  if (!window.echarts) {
    return;
  }

  const language = document.documentElement.lang || undefined;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });

  const draw = (element) => {
    const spec = JSON.parse(element.dataset.chart);
    const text = (value) => (value === null || value === undefined ? '—' : number.format(value) + spec.suffix);
    const horizontal = spec.kind === 'bar';
    const many = spec.series.length > 1;
    if (horizontal) {
      // Every row gets a readable bar: the chart grows with the rows instead of squeezing them.
      const perRow = many ? 12 * spec.series.length + 8 : 28;
      element.style.height = `${Math.max(220, spec.categories.length * perRow + 110)}px`;
    } else {
      element.style.height = '420px';
    }

    const labelWidth = Math.min(200, Math.max(90, element.clientWidth * 0.32));
    const categoryAxis = {
      type: 'category',
      data: spec.categories,
      inverse: horizontal,
      axisLabel: horizontal ? { width: labelWidth, overflow: 'truncate' } : { hideOverlap: true },
    };
    const valueAxis = {
      type: 'value',
      name: spec.axis,
      nameLocation: 'middle',
      nameGap: horizontal ? 28 : 48,
      axisLabel: { formatter: (value) => number.format(value) },
    };
    const chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily, fontSize: 13 },
      tooltip: { trigger: 'axis', axisPointer: { type: horizontal ? 'shadow' : 'line' }, valueFormatter: text, confine: true },
      legend: { type: 'scroll', top: 0, left: 0, right: 0 },
      grid: { left: 8, right: horizontal && !many ? 64 : 24, top: 48, bottom: 36, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map((series) => ({
        name: series.name,
        type: horizontal ? 'bar' : 'line',
        data: series.data,
        connectNulls: false,
        symbolSize: 6,
        label: horizontal && !many ? { show: true, position: 'right', formatter: (p) => text(p.value) } : undefined,
      })),
    });
    window.addEventListener('resize', () => chart.resize());
  };

  document.querySelectorAll('[data-chart]').forEach(draw);
})();
