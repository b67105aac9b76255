global using Microsoft.Playwright;
global using System.Net.Http.Json;
global using System.Text.Json;
global using Xunit;
global using Federation.Testing;
global using static Microsoft.Playwright.Assertions;
