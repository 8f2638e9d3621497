from django.shortcuts import render


def term_index(request):
    return render(request, "glossary/term_index.html")


def taalcheck(request):
    return render(request, "glossary/taalcheck.html")
