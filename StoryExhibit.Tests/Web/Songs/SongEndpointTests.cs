using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Tests.Core.Generation.Songs;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Web.Songs;

/// <summary>The whole app in the test process serving a stored song: whole, by range, by HEAD; nothing for a wrong id.</summary>
public sealed class SongEndpointTests(InProcessApp app) : IClassFixture<InProcessApp>
{
    [Fact]
    public async Task A_song_is_served_whole_by_range_and_by_head_only_at_its_own_address()
    {
        var audio = await SongAudio.OggAsync(1);
        var (storyId, songId) = (Guid.NewGuid(), Guid.NewGuid());
        await app.Services.GetRequiredService<SongFiles>().SaveAsync(storyId, songId, audio, "audio/ogg", default);
        var url = SongFiles.UrlFor(storyId, songId);

        var whole = await app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("audio/ogg", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal(audio, await whole.Content.ReadAsByteArrayAsync());
        Assert.Contains("bytes", whole.Headers.AcceptRanges);

        using var ranged = new HttpRequestMessage(HttpMethod.Get, url);
        ranged.Headers.Range = new RangeHeaderValue(10, 109);
        var part = await app.Client.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(audio[10..110], await part.Content.ReadAsByteArrayAsync());

        var head = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(audio.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync(SongFiles.UrlFor(Guid.NewGuid(), songId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync(SongFiles.UrlFor(storyId, Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync(SongFiles.UrlFor(null, songId))).StatusCode);
    }
}
