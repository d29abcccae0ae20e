using System.Runtime.InteropServices;
using SkiaSharp;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// A typeface cut down to the characters a book uses, by HarfBuzz's subsetter (in the HarfBuzzSharp native library
/// SkiaSharp ships with). SkiaSharp's PDF backend is built without a subsetter and embeds every font whole: three Noto
/// Serif faces made a 6-picture book 7 times the size of its pictures. A subset font is a few dozen KiB.
/// </summary>
internal static class PdfFontSubset
{
    private const string HarfBuzz = "libHarfBuzzSharp";

    /// <summary>The typeface with only the glyphs of <paramref name="characters"/> (and what they need); null when it cannot be cut.</summary>
    public static SKTypeface? Of(SKTypeface typeface, IReadOnlySet<int> characters)
    {
        using var stream = typeface.OpenStream(out var index);
        if (stream is null) return null;
        using var font = SKData.Create(stream);
        if (font is null || font.Size == 0) return null;
        IntPtr blob = 0, face = 0, input = 0, subset = 0, subsetBlob = 0;
        try
        {
            blob = hb_blob_create(font.Data, (uint)font.Size, MemoryModeReadOnly, 0, 0);
            face = hb_face_create(blob, (uint)index);
            input = hb_subset_input_create_or_fail();
            if (input == 0) return null;
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var character in characters) hb_set_add(unicodes, (uint)character);
            subset = hb_subset_or_fail(face, input);
            if (subset == 0) return null;
            subsetBlob = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(subsetBlob, out var length);
            if (data == 0 || length == 0) return null;
            using var copy = SKData.CreateCopy(data, length);
            return SKTypeface.FromData(copy);
        }
        finally
        {
            if (subsetBlob != 0) hb_blob_destroy(subsetBlob);
            if (subset != 0) hb_face_destroy(subset);
            if (input != 0) hb_subset_input_destroy(input);
            if (face != 0) hb_face_destroy(face);
            if (blob != 0) hb_blob_destroy(blob);
        }
    }

    private const int MemoryModeReadOnly = 1; // HB_MEMORY_MODE_READONLY: HarfBuzz reads Skia's copy of the font, never writes it

    [DllImport(HarfBuzz)] private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(HarfBuzz)] private static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(HarfBuzz)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(HarfBuzz)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(HarfBuzz)] private static extern void hb_set_add(IntPtr set, uint codepoint);
}
