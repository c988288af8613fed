// The line group: what line charts need. Each group module gets its own tree-shaken copy of
// chart.js (src/plugins/chart-groups.mjs), so a line-chart page carries no other controller.
import {
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  CategoryScale,
  Filler,
  Legend,
  Tooltip,
);
export { Chart };
