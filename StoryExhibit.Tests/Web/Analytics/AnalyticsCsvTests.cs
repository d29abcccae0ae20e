using CsvHelper;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Web.Analytics;

namespace StoryExhibit.Tests.Web.Analytics;

/// <summary>The CSV exports, parsed back.</summary>
public sealed class AnalyticsCsvTests
{
    private static async IAsyncEnumerable<T> Stream<T>(params T[] items)
    {
        foreach (var item in items) { await Task.Yield(); yield return item; }
    }

    private static List<Dictionary<string, string>> Parse(byte[] csv, string[] columns)
    {
        using var reader = CsvReader.Create(new StreamReader(new MemoryStream(csv)), null, leaveOpen: false);
        reader.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(columns.ToDictionary(c => c, c => reader.GetString(c)));
        return rows;
    }

    [Fact]
    public async Task Events_have_a_header_and_utc_iso_timestamps()
    {
        var story = Guid.NewGuid();
        var output = new MemoryStream();
        await AnalyticsCsv.WriteEventsAsync(Stream(
            new ExhibitEvent { Id = 1, Kind = ExhibitEventKind.SceneGenerated, OccurredUtc = new DateTime(2026, 11, 21, 9, 5, 7, 250), StoryId = story, SessionCode = "FOX-4821", Detail = "Offline", DurationMs = 1234.5 },
            new ExhibitEvent { Id = 2, Kind = ExhibitEventKind.StoryAbandoned, OccurredUtc = new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc) }), output, default);

        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("id,occurred_utc,kind,story_id,session_code,detail,duration_ms\r\n", text);
        var rows = Parse(output.ToArray(), AnalyticsCsv.EventColumns);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["1", "2026-11-21T09:05:07.250Z", "SceneGenerated", story.ToString(), "FOX-4821", "Offline", "1234.5"], AnalyticsCsv.EventColumns.Select(c => rows[0][c]));
        Assert.Equal(["2", "2026-11-21T10:00:00.000Z", "StoryAbandoned", "", "", "", ""], AnalyticsCsv.EventColumns.Select(c => rows[1][c]));
    }

    [Fact]
    public async Task Comments_keep_commas_quotes_and_lines_and_cannot_run_as_spreadsheet_formulas()
    {
        var output = new MemoryStream();
        await AnalyticsCsv.WriteFeedbackAsync(Stream(
            new VisitorFeedback { Id = 3, Rating = 4, Comment = "Lovely, \"magic\" story\nwith a second line", Sentiment = 0.61, SentimentSource = "lexicon", Theme = "story", CreatedUtc = new DateTime(2026, 11, 21, 8, 0, 0) },
            new VisitorFeedback { Id = 4, Rating = 1, Comment = "=HYPERLINK(\"http://evil\")", CreatedUtc = new DateTime(2026, 11, 21, 8, 1, 0) }), output, default);

        var rows = Parse(output.ToArray(), AnalyticsCsv.FeedbackColumns);
        Assert.Equal("Lovely, \"magic\" story\nwith a second line", rows[0]["comment"]);
        Assert.Equal(("4", "0.61", "lexicon", "story", "2026-11-21T08:00:00.000Z"), (rows[0]["rating"], rows[0]["sentiment"], rows[0]["sentiment_source"], rows[0]["theme"], rows[0]["created_utc"]));
        Assert.False(rows[1]["comment"].StartsWith('='), rows[1]["comment"]);
        Assert.Contains("HYPERLINK", rows[1]["comment"]);
        Assert.Equal("", rows[1]["sentiment"]);
    }

    [Theory]
    [InlineData(null, null, "2026-10-23T00:00:00", "2026-11-21T15:30:01")]
    [InlineData("2026-11-01", "2026-11-02", "2026-11-01T00:00:00", "2026-11-03T00:00:00")]
    [InlineData("2026-11-21T08:00:00Z", null, "2026-11-21T08:00:00", "2026-11-21T15:30:01")]
    public void Export_ranges_default_to_thirty_days_and_take_whole_days(string? from, string? to, string start, string end)
    {
        var range = AnalyticsEndpoints.ParseRange(from, to, new DateTime(2026, 11, 21, 15, 30, 0, DateTimeKind.Utc));
        Assert.Equal((DateTime.Parse(start), DateTime.Parse(end)), (range!.Value.From, range.Value.To));
    }

    [Theory]
    [InlineData("yesterday", null)]
    [InlineData("2026-11-05", "2026-11-01")]
    public void Nonsense_ranges_are_refused(string? from, string? to) => Assert.Null(AnalyticsEndpoints.ParseRange(from, to, DateTime.UtcNow));
}
