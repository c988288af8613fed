import { Chart, Legend, LineElement, LinearScale, LogarithmicScale, PointElement, ScatterController, Tooltip } from 'chart.js';

Chart.register(ScatterController, PointElement, LineElement, LinearScale, LogarithmicScale, Legend, Tooltip);
export { Chart };
