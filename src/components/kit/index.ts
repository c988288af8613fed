// The widget kit: every calculator builds on these and nothing else for shared concerns.
export { WidgetFrame } from './WidgetFrame';
export { useUrlState, type UrlState } from './useUrlState';
export { useValidity } from './useValidity';
export { UrlNotice } from './UrlNotice';
export { NumberField } from './NumberField';
export { TextField } from './TextField';
export { SelectField, RadioGroup, type Choice } from './ChoiceFields';
export { Results, Result, ResultText } from './Results';
export { ShareBar } from './ShareBar';
export { LazyChart } from './LazyChart';
export { DataTable, type DataTableSpec } from './DataTable';
export { axisStyle, type ChartTheme } from './chart-theme';
export type { ChartKind } from './chart-kinds/index';
