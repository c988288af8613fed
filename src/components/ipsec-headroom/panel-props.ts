import type { HeadroomInputs, HeadroomResult } from '../../lib/ipsec-headroom/index';

/** What every panel of the IPsec widget receives from the island. */
export interface PanelProps {
  state: HeadroomInputs;
  update: (patch: Partial<HeadroomInputs>) => void;
  /** Field validity, keyed by the field's URL parameter name. */
  report: (name: string, valid: boolean) => void;
  result: HeadroomResult;
  /** An input this panel depends on holds invalid text: results show the last valid inputs. */
  stale: boolean;
}

/** The tool page, where the panels' short notes are explained in full (under the site's base path). */
export const TOOL_PAGE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}tools/ipsec-headroom/`;
