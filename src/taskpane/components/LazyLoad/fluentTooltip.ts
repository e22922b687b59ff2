// Fluent's Tooltip in a chunk of its own (with its positioning engine): see DeferredTooltip.
export { Tooltip } from "@fluentui/react-components";
