import { bytesToBase64Url, toQrText } from "@tessera/credentials/codec";
import { CodeFormatError, parseCode } from "./credential-text.js";
import { testCredential } from "./nfc-test-credential.js";

describe("parseCode", () => {
  it("should read QR text, also lowercased by Caps Lock and with stray whitespace", async () => {
    const credential = await testCredential();
    const qr = toQrText(credential);
    expect(parseCode(qr)).toEqual({ credential });
    expect(parseCode(` ${qr.toLowerCase()}\n`)).toEqual({ credential });
  });

  it("should read the API's base64url credential", async () => {
    const credential = await testCredential();
    expect(parseCode(bytesToBase64Url(credential))).toEqual({ credential });
  });

  it("should read a tag UID bare or colon-separated, normalised to lowercase hex", () => {
    expect(parseCode("04A2B3C4D5E680")).toEqual({ serial_number: "04a2b3c4d5e680" });
    expect(parseCode("04:a2:b3:c4")).toEqual({ serial_number: "04a2b3c4" });
  });

  it("should refuse anything else with a message for people", () => {
    expect(() => parseCode("hello")).toThrow(CodeFormatError);
    expect(() => parseCode("TS1:!!")).toThrow("damaged");
    expect(() => parseCode("04a2b3")).toThrow(CodeFormatError);
  });
});
