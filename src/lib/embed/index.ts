export {
  EMBED_HEIGHT_TYPE,
  MAX_EMBED_HEIGHT,
  embedHeightMessage,
  readEmbedHeightMessage,
  type EmbedHeightMessage,
} from './height-message';
export { EmbedOriginsError, MAX_ALLOWED_ORIGINS, frameAncestorsSources, parseAllowedOrigins } from './allowed-origins';
export { EMBED_PAGE_PARAMS, EMBED_THEMES, embedTheme, fullPageHref, type EmbedTheme } from './embed-page';
