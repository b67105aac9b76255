global using System.Net;
global using System.Text.RegularExpressions;
global using Xunit;
global using Federation.Testing;
