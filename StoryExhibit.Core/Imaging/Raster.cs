namespace StoryExhibit.Core.Imaging;

/// <summary>An encoded raster, ready to send or save.</summary>
public sealed record Raster(byte[] Bytes, RasterFormat Format, int Width, int Height)
{
    public string MediaType => Format.MediaType();
}

/// <summary>The bytes are not a picture this app can draw (garbage, empty, truncated, or a format it does not read).</summary>
public sealed class UnreadablePictureException(string message, Exception? inner = null) : Exception(message, inner);
