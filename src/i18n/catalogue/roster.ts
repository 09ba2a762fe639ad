import { area } from "../define.js";

/** Who the community is, and ready-to-post thank-you drafts (in the series' language). */
export const roster = area({
  en: {
    header: "Community of #{{hashtag}}",
    basis_one: "Based on {{count}} edition with posts (latest: {{latest}}).",
    basis_other: "Based on {{count}} editions with posts (latest: {{latest}}).",
    empty: "Nobody yet: import an edition first with `/afterchat import`.",
    more: "+{{count}} more",
    groups: {
      regulars: "Regulars ({{count}}): in 3 or more of the last 5 editions",
      newcomers: "Newcomers ({{count}}): first seen in edition {{number}}",
      lapsed: "Lapsed ({{count}}): in 2 or more editions before, absent from the last 2",
      top: "Top contributors of edition {{number}}",
    },
    topLine_one: "{{handle}}: {{count}} post, {{engagement}} engagement",
    topLine_other: "{{handle}}: {{count}} posts, {{engagement}} engagement",
    drafts: {
      header: "Ready-to-post drafts ({{network}})",
      thanks: "Thank you {{names}} for joining #{{hashtag}}! See you at the next one.",
      thanksAll: "Thank you all for joining #{{hashtag}}! See you at the next one.",
      shoutout: "Shout-out to {{names}}, the liveliest voices of #{{hashtag}} this time. Thank you!",
    },
  },
  fr: {
    header: "Communauté de #{{hashtag}}",
    basis_one: "D'après {{count}} édition avec des publications (dernière : {{latest}}).",
    basis_other: "D'après {{count}} éditions avec des publications (dernière : {{latest}}).",
    empty: "Personne pour l'instant : importez d'abord une édition avec `/afterchat import`.",
    more: "+{{count}} autres",
    groups: {
      regulars: "Habitués ({{count}}) : présents à au moins 3 des 5 dernières éditions",
      newcomers: "Nouveaux ({{count}}) : vus pour la première fois à l'édition {{number}}",
      lapsed: "Perdus de vue ({{count}}) : au moins 2 éditions avant, absents des 2 dernières",
      top: "Meilleurs contributeurs de l'édition {{number}}",
    },
    topLine_one: "{{handle}} : {{count}} publication, {{engagement}} d'engagement",
    topLine_other: "{{handle}} : {{count}} publications, {{engagement}} d'engagement",
    drafts: {
      header: "Brouillons prêts à poster ({{network}})",
      thanks: "Merci {{names}} d'avoir participé à #{{hashtag}} ! Rendez-vous à la prochaine.",
      thanksAll: "Merci à toutes et à tous d'avoir participé à #{{hashtag}} ! Rendez-vous à la prochaine.",
      shoutout: "Bravo à {{names}}, les voix les plus actives de #{{hashtag}} cette fois-ci. Merci !",
    },
  },
});
