using System.Globalization;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// A story as it is taken home: the path the visitor read (the current path of its tree), each scene a chapter. Every
/// text in it came from a visitor or a model and is escaped by each exporter.
/// </summary>
public sealed record StoryBook(string Title, string Code, string Genre, DateTime CreatedUtc, IReadOnlyList<BookChapter> Chapters)
{
    /// <summary>The credits line every format ends with.</summary>
    public string Credits => string.Create(CultureInfo.InvariantCulture, $"Written at the StoryExhibit · story code {Code} · {CreatedUtc:d MMMM yyyy}");
}

/// <summary>
/// One scene: the choice that led to it, its Markdown prose, its picture and its own title if it has one (a writer's
/// chapter); headed by that title, else "Chapter 2".
/// </summary>
public sealed record BookChapter(int Number, string? ChosenToGetHere, string Prose, BookPicture? Picture, string? Title = null)
{
    public string Heading => Title ?? $"Chapter {Number}";
}

/// <summary>A scene's picture as the JPEG copy made for exports.</summary>
public sealed record BookPicture(byte[] Jpeg, string? AltText)
{
    public const string MediaType = "image/jpeg";
}
