import type { Mutation } from "./core";
import { addDomesticStep, moveDomesticStep, removeDomesticStep, startDomesticPath, updateDomesticStep } from "./domestic-steps";
import { updateStalledSetting } from "./settings";
import { addStateNote } from "./state-notes";
import { updateTreatyStatus } from "./treaty-status";

/** Every mutation the app exposes: the authorisation matrix test is generated from this list. */
export const MUTATIONS: readonly Mutation[] = [
  updateTreatyStatus,
  updateDomesticStep,
  startDomesticPath,
  addDomesticStep,
  moveDomesticStep,
  removeDomesticStep,
  addStateNote,
  updateStalledSetting,
];
