/** The set-up area of `/afterchat`: setup (command, form, button), team, edition, link, language. */
import { SETUP_FORM_ID } from "../../render/setup/form.js";
import type { Registry } from "../handler.js";
import { creatorsCommand } from "./creators.js";
import { editionCommand } from "./edition.js";
import { languageCommand } from "./language.js";
import { linkCommand } from "./link.js";
import { openScheduleForm, pickAfterParty, SCHEDULE_FORM_ID, submitSchedule } from "./schedule-step.js";
import { openSetupForm, setupCommand } from "./setup-command.js";
import { submitSetup } from "./setup-submit.js";
import { teamCommand } from "./team.js";

export const setupRegistry: Registry = {
  commands: {
    setup: setupCommand,
    team: teamCommand,
    edition: editionCommand,
    link: linkCommand,
    language: languageCommand,
    creators: creatorsCommand,
  },
  actions: {
    "setup.open": openSetupForm,
    "setup.schedule": openScheduleForm,
    "setup.afterParty": pickAfterParty,
  },
  forms: { [SETUP_FORM_ID]: submitSetup, [SCHEDULE_FORM_ID]: submitSchedule },
};
