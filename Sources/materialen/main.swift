print("materialen")
