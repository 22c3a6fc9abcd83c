a. b.% comment
c.	d.e.f.g .h. i.
