import { describe, expect, it } from "vitest";
import { givesContext } from "./context-parens";
import { tidyTitle } from "./title-tails";

const title = (text: string) => tidyTitle(text, false, new Set()).title;

describe("context parentheses: why, in relation to what, on which environments", () => {
  it("drops a reason opened by a preposition of cause", () => {
    expect(title("Přidat width a height ke všem obrázkům (kvůli CLS)")).toBe("Přidat width a height ke všem obrázkům");
    expect(title("Rotate the signing keys (due to the audit finding)")).toBe("Rotate the signing keys");
    expect(title("Logs kürzen (wegen DSGVO)")).toBe("Logs kürzen");
    expect(title("Уменьшить размер образа (из-за лимитов реестра)")).toBe("Уменьшить размер образа");
  });

  it("drops a relation to other work", () => {
    expect(title("In-app feedback form (replaces the Typeform link)")).toBe("In-app feedback form");
    expect(title("Neues Kontaktformular (ersetzt das alte Formular)")).toBe("Neues Kontaktformular");
    expect(title("Retry queue (part of the billing epic)")).toBe("Retry queue");
  });

  it("drops a parenthesis naming only environments", () => {
    expect(title("Provision RDS PostgreSQL 16 (staging + prod)")).toBe("Provision RDS PostgreSQL 16");
    expect(title("Enable WAF rules (prod only)")).toBe("Enable WAF rules");
    expect(title("Rotate DB passwords (dev, staging)")).toBe("Rotate DB passwords");
  });

  it("keeps what to build, a bound, a thing named like an environment", () => {
    expect(givesContext("iOS + Android")).toBe(false);
    expect(givesContext("min 20 in prod")).toBe(false);
    expect(givesContext("sandbox")).toBe(false);
    expect(givesContext("preview")).toBe(false);
    expect(givesContext("test")).toBe(false);
    expect(givesContext("web + app")).toBe(false);
    expect(givesContext("cause analysis")).toBe(false);
    expect(title("Payment sandbox (sandbox)")).toBe("Payment sandbox (sandbox)");
    expect(title("Widgets (iOS + Android)")).toBe("Widgets (iOS + Android)");
  });
});

describe("context parentheses: sequence, gain and being replaced", () => {
  it("drops when the work may start, what it saves and what replaces it", () => {
    expect(givesContext("erst nach Grafana")).toBe(true);
    expect(givesContext("only after the freeze")).toBe(true);
    expect(givesContext("Kostenersparnis ~20 %")).toBe(true);
    expect(givesContext("コスト削減のため")).toBe(true);
    expect(givesContext("erstattes af den nye REST-service")).toBe(true);
  });

  it("keeps a parenthesis naming the thing", () => {
    expect(givesContext("nach Region")).toBe(false);
    expect(givesContext("Bootstrap og Tailwind")).toBe(false);
    expect(givesContext("savings account")).toBe(false);
  });
});
