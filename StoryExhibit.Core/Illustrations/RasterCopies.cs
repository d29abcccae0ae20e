namespace StoryExhibit.Core.Illustrations;

/// <summary>
/// Each scene picture has a JPEG copy beside its file (<c>{id}.svg</c> and <c>{id}.raster.jpg</c>), made by the
/// <see cref="RasterCopyWorker"/> just after the picture is saved, for exports that need pixels (PDF, EPUB, video)
/// whatever the illustrator drew.
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
