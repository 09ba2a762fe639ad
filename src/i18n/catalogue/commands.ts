import { area } from "../define.js";

/** What the dispatcher says when a command line cannot be read or a sub-command has no handler. */
export const commands = area({
  en: {
    problem: {
      unknown: "I don't know the sub-command “{{detail}}”.",
      missing: "`/afterchat {{command}}` needs {{part}}.",
      invalid: "I could not read “{{detail}}” after `/afterchat {{command}}`.",
    },
    parts: {
      duration: "a duration after `closes` (30m, 2h, 48h, 3d)",
      title: "the task itself, e.g. `/afterchat task @sam write the recap due friday`",
      users: "at least one person or group, mentioned with @",
      what: "what to export: notes, tasks, roster or posts",
      action: "`new` or `topic`",
      topic: "the topic text",
      locale: "a language: `fr` or `en`",
      kind: "a kind: good, bad, best or insight",
      roles: "at least one user group or role, mentioned with @",
      count: "a number after `min` (3 or more), e.g. `/afterchat poll anonymous min 5`",
      hashtag:
        "the chat's hashtag, e.g. `/afterchat watch add #otherchat` or `/afterchat compare #otherchat`",
    },
    usage: "Usage: {{usage}}",
    hint: "Type `/afterchat help` to see every sub-command.",
    notAvailable: "`/afterchat {{command}}` is not available in this version yet.",
    actionNotAvailable: "This button no longer works in this version. Run the command again.",
  },
  fr: {
    problem: {
      unknown: "Je ne connais pas la sous-commande « {{detail}} ».",
      missing: "`/afterchat {{command}}` attend {{part}}.",
      invalid: "Je n'ai pas compris « {{detail}} » après `/afterchat {{command}}`.",
    },
    parts: {
      duration: "une durée après `ferme` (30m, 2h, 48h, 3j)",
      title: "la tâche elle-même, par ex. `/afterchat tâche @sam rédiger le bilan échéance vendredi`",
      users: "au moins une personne ou un groupe, mentionné avec @",
      what: "ce qu'il faut exporter : notes, tâches, participants ou publications",
      action: "`nouvelle` ou `sujet`",
      topic: "le texte du sujet",
      locale: "une langue : `fr` ou `en`",
      kind: "un type : bien, mal, top ou idée",
      roles: "au moins un groupe ou un rôle, mentionné avec @",
      count: "un nombre après `min` (3 ou plus), par ex. `/afterchat sondage anonyme min 5`",
      hashtag:
        "le hashtag du chat, par ex. `/afterchat suivre ajouter #autrechat` ou `/afterchat comparer #autrechat`",
    },
    usage: "Syntaxe : {{usage}}",
    hint: "Tapez `/afterchat aide` pour voir toutes les sous-commandes.",
    notAvailable: "`/afterchat {{command}}` n'est pas encore disponible dans cette version.",
    actionNotAvailable: "Ce bouton ne fonctionne plus dans cette version. Relancez la commande.",
  },
});
