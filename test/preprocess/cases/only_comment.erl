% just a comment
   
