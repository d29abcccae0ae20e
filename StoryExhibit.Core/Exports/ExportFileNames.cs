using System.Globalization;
using System.Text;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// A download's file name from the story's title: letters and digits of any script kept, everything else (slashes,
/// quotes, dots, controls) a single dash, cut to a length every file system takes; the code when nothing is left.
/// </summary>
public static class ExportFileNames
{
    public const int MaxLength = 60;

    public static string For(string title, string code, string extension)
    {
        var name = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not UnicodeCategory.Surrogate) name.Append(c);
            else if (name.Length > 0 && name[^1] != '-') name.Append('-');
            if (name.Length >= MaxLength) break;
        }
        var stem = name.ToString().Trim('-');
        return $"{(stem.Length == 0 ? $"story-{code}" : stem)}.{extension}";
    }

    /// <summary>The name as plain ASCII, for the old <c>filename=</c> parameter beside <c>filename*</c>.</summary>
    public static string Ascii(string fileName)
    {
        var ascii = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(fileName).Normalize(NormalizationForm.FormD))
            if (c < 128 && char.IsLetterOrDigit(c)) ascii.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && ascii.Length > 0 && ascii[^1] != '-') ascii.Append('-');
        var stem = ascii.ToString().Trim('-');
        return (stem.Length == 0 ? "story" : stem) + Path.GetExtension(fileName);
    }
}
