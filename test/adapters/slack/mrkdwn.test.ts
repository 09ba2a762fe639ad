import { describe, expect, it } from "vitest";
import { fromSlackText, toMrkdwn, toPlainText } from "../../../adapters/slack/mrkdwn.js";
import { translator } from "../../../src/i18n/index.js";
import { escapeMarkdown, link, mention } from "../../../src/render/markup.js";

describe("neutral Markdown -> Slack mrkdwn", () => {
  it("GIVEN **bold**, _italic_ and ~~strike~~ THEN Slack's *bold*, _italic_ and ~strike~", () => {
    expect(toMrkdwn("**Posts** went _up_, ~~down~~")).toBe("*Posts* went _up_, ~down~");
  });

  it("GIVEN a French bold label before its colon THEN the bold stays whole and the narrow space follows it", () => {
    const french = translator("fr").t("common.labelled", { label: "**Quand**", value: "mar. 8 déc." });
    expect(toMrkdwn(french)).toBe("*Quand*\u202F: mar. 8 déc.");
  });

  it("GIVEN a link THEN <url|label>", () => {
    expect(toMrkdwn(link("the report", "https://example.org/r?a=1"))).toBe(
      "<https://example.org/r?a=1|the report>",
    );
  });

  it("GIVEN & < > in text THEN they are escaped as Slack requires", () => {
    expect(toMrkdwn("Q&A <b> 3 > 2")).toBe("Q&amp;A &lt;b&gt; 3 &gt; 2");
  });

  it("GIVEN a neutral Slack mention THEN <@U>", () => {
    expect(toMrkdwn(`thanks ${mention("slack:T1:U42")}`)).toBe("thanks <@U42>");
  });

  it("GIVEN a mention of another platform's user THEN no broken Slack mention", () => {
    expect(toMrkdwn(mention("discord:G1:U3"))).toBe("@discord");
  });

  it("GIVEN user text escaped by the core THEN it shows as typed, with no formatting and no fake mention", () => {
    const typed = "*not bold* <@U1> [x](y) a_b";
    const out = toMrkdwn(escapeMarkdown(typed));
    expect(out).not.toContain("<@U1>");
    expect(out.replace(/\u200B/g, "")).toBe("*not bold* &lt;@U1&gt; [x](y) a_b");
  });

  it("GIVEN `code` THEN it is kept, with its entities escaped", () => {
    expect(toMrkdwn("run `/afterchat note <text>`")).toBe("run `/afterchat note &lt;text&gt;`");
  });

  it("GIVEN '- ' bullets THEN Slack bullets", () => {
    expect(toMrkdwn("- one\n- two")).toBe("• one\n• two");
  });

  it("GIVEN Markdown for a header or button THEN plain text without markup", () => {
    expect(toPlainText("**Edition 3** of [#kpop](https://x.com) \\*")).toBe("Edition 3 of #kpop *");
  });
});

describe("Slack text typed by a user -> neutral text", () => {
  it("GIVEN escaped user and channel mentions THEN neutral references and #name", () => {
    expect(fromSlackText("task <@U123|sam> recap and <#C9|kpop>", "T1")).toBe(
      "task <@slack:T1:U123> recap and #kpop",
    );
  });

  it("GIVEN entities and links THEN the characters and the URL as typed", () => {
    expect(fromSlackText("Q&amp;A &lt;3 <https://example.org|example.org>", "T1")).toBe(
      "Q&A <3 https://example.org",
    );
    expect(fromSlackText("<https://example.org/a|the doc>", "T1")).toBe("the doc (https://example.org/a)");
  });
});

describe("channel mentions written by the core", () => {
  it("GIVEN <#slack:T:C> THEN Slack's <#C>", () => {
    expect(toMrkdwn("set up in <#slack:T1:C9>")).toBe("set up in <#C9>");
  });
});

describe("user groups", () => {
  it("GIVEN a group mention typed in Slack THEN the parser gets a role mention with the group's id", () => {
    expect(fromSlackText("team add <!subteam^S0HOSTS|@hosts> moderator", "T1")).toBe(
      "team add <@&S0HOSTS> moderator",
    );
  });
  it("GIVEN a role mention in a neutral message THEN Slack shows the group, and plain text its id", () => {
    expect(toMrkdwn("team: <@&S0HOSTS>")).toBe("team: <!subteam^S0HOSTS>");
    expect(toPlainText("team: <@&S0HOSTS>")).toBe("team: @S0HOSTS");
  });
});
