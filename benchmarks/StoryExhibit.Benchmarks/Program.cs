using StoryExhibit.Benchmarks;

// Benchmarks print figures; they are not tests and assert nothing.
//   dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- story [runs]
var which = args.FirstOrDefault() ?? "story";
switch (which)
{
    case "story":
        await StoryLatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 30);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Known: story");
        return 2;
}
return 0;
