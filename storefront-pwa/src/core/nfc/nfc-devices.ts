import { hasWebNfc, NativeNfcReader, NativeNfcWriter } from "./native-nfc.js";
import { SimulatedNfcReader, SimulatedNfcWriter, simulatedNfcSettings } from "./simulated-nfc.js";
import type { CredentialReader, CredentialWriter } from "./types.js";

/** Whether this page can read or write NFC at all (Web NFC, or the simulation when installed). */
export function nfcAvailable(): boolean {
  return simulatedNfcSettings() !== undefined || hasWebNfc();
}

/** The simulated reader when installed, else Web NFC (whose `start` reports `unsupported` where it is missing). */
export function createNfcReader(): CredentialReader {
  const settings = simulatedNfcSettings();
  return settings ? new SimulatedNfcReader(settings) : new NativeNfcReader();
}

export function createNfcWriter(): CredentialWriter {
  const settings = simulatedNfcSettings();
  return settings ? new SimulatedNfcWriter(settings) : new NativeNfcWriter();
}
