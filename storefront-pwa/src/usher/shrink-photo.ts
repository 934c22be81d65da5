/** The longest side a gate photo needs: a face, a wristband or a torn ticket on an admin's screen. */
export const PHOTO_MAX_SIDE = 1600;
/** Below this, a photo that needs no scaling goes as it is. */
const KEEP_BELOW_BYTES = 1024 * 1024;

/**
 * A phone camera's photo is 3–8 MB, and on a crowded gate's network the upload is the slowest part of a
 * report. A photo larger than PHOTO_MAX_SIDE (or heavier than 1 MB) is scaled down and sent as JPEG; a small
 * one, or one this browser cannot decode, goes as it is (the server still checks type and size).
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (typeof createImageBitmap !== "function" || typeof OffscreenCanvas !== "function") return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  try {
    const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= KEEP_BELOW_BYTES) return file;
    const width = Math.round(bitmap.width * scale);
    const height = Math.round(bitmap.height * scale);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) return file;
    // JPEG has no transparency: a transparent PNG would turn black
    context.fillStyle = "#fff";
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const jpeg = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.85 });
    if (scale === 1 && jpeg.size >= file.size) return file;
    return new File([jpeg], `${file.name.replace(/\.[^.]*$/, "") || "photo"}.jpg`, { type: "image/jpeg" });
  } catch {
    return file;
  } finally {
    bitmap.close();
  }
}
