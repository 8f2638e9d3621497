from django.shortcuts import render

from members.roles import member_required


@member_required
def directory(request):
    return render(request, "members/directory.html")
