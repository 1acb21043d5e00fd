export { translateActionResult, translateServerText } from "./translate";
