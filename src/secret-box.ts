/**
 * Tokens at rest: AES-256-GCM (node:crypto, authenticated: a changed byte fails to open) under a
 * key from the environment (TOKEN_ENCRYPTION_KEY), never stored in the database.
 *
 * A sealed value reads "v1.<keyId>.<iv>.<tag>.<ciphertext>" (base64url parts). keyId is the first
 * 8 hex characters of SHA-256(key): after a rotation, values sealed under an old key are still
 * opened with it (TOKEN_ENCRYPTION_OLD_KEYS) and sealed again under the current one
 * (docs/slack-setup.md, "Rotating the encryption key").
 * @see https://nodejs.org/docs/latest-v20.x/api/crypto.html#cryptocreatecipherivalgorithm-key-iv-options
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const ALGORITHM = "aes-256-gcm";
/** 96-bit IVs, the size GCM is specified for; random per value. */
const IV_BYTES = 12;

/** A 32-byte key from 64 hex characters or base64 (what `openssl rand -hex 32` / `-base64 32` print). */
export function parseKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  const decoded = Buffer.from(trimmed, "base64");
  return decoded.length === 32 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) ? decoded : null;
}

export function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

export class SecretBox {
  readonly #current: { id: string; key: Buffer };
  readonly #byId = new Map<string, Buffer>();

  /** `current` seals; `old` keys only open values sealed before a rotation. */
  constructor(current: Buffer, old: readonly Buffer[] = []) {
    if (current.length !== 32) throw new Error("the token encryption key must be 32 bytes");
    this.#current = { id: keyId(current), key: current };
    for (const key of [current, ...old]) this.#byId.set(keyId(key), key);
  }

  get currentKeyId(): string {
    return this.#current.id;
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.#current.key, iv);
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"));
    return ["v1", this.#current.id, ...parts].join(".");
  }

  /** The plain text; throws when the value was changed or its key is not configured. */
  open(sealed: string): string {
    const [version, id, iv, tag, body] = sealed.split(".");
    if (version !== "v1" || !id || iv === undefined || tag === undefined || body === undefined)
      throw new Error("not a sealed value");
    const key = this.#byId.get(id);
    if (!key) throw new Error(`sealed under key ${id}, which is not configured (TOKEN_ENCRYPTION_OLD_KEYS)`);
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  }

  /** Sealed under an older key: to be sealed again under the current one. */
  isStale(sealed: string): boolean {
    return sealed.split(".")[1] !== this.#current.id;
  }
}
