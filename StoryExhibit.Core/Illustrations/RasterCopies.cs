namespace StoryExhibit.Core.Illustrations;

/// <summary>
/// A scene picture's JPEG copy lives beside its file (<c>{id}.svg</c> and <c>{id}.raster.jpg</c>), made by the
/// <see cref="RasterCopyMaker"/> the first time an export that needs pixels (PDF, EPUB, video) asks for it, whatever
/// the illustrator drew.
/// </summary>
public static class RasterCopies
{
    public const string Suffix = ".raster.jpg";
    public const string MediaType = "image/jpeg";

    /// <summary>The copy's file name (relative to the illustrations folder, like the picture's) for a picture's file name.</summary>
    public static string FileNameFor(string pictureFileName) => Path.ChangeExtension(pictureFileName, null) + Suffix;

    /// <summary>The copy's full path beside the picture's file.</summary>
    public static string PathBeside(string picturePath) => FileNameFor(picturePath);
}
