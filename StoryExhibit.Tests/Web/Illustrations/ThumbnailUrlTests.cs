using StoryExhibit.Core.Illustrations;
using StoryExhibit.Web.Illustrations;

namespace StoryExhibit.Tests.Web.Illustrations;

public sealed class ThumbnailUrlTests
{
    [Theory]
    [InlineData("image/svg+xml", "")]
    [InlineData("image/png", "/thumb")]
    [InlineData("image/jpeg", "/thumb")]
    [InlineData("image/webp", "/thumb")]
    public void Vectors_are_shown_as_they_are_and_rasters_by_their_small_copy(string mediaType, string suffix)
    {
        var picture = new Illustration { MediaType = mediaType };
        Assert.Equal($"/illustrations/{picture.Id}{suffix}", IllustrationEndpoints.ThumbnailUrl(picture));
    }
}
