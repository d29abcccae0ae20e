namespace StoryExhibit.Core.Analytics;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="percent"/>% of values at or below it.</summary>
    public static double NearestRank(IReadOnlyList<double> sorted, double percent)
    {
        if (sorted.Count == 0) return 0;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
